<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>Save</source><translation>Simpan</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>Close</source><translation>Tutup</translation></message>
    <message><source>Yes</source><translation>Ya</translation></message>
    <message><source>No</source><translation>Tidak</translation></message>
    <message><source>Apply</source><translation>Terapkan</translation></message>
    <message><source>Open</source><translation>Buka</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Urungkan</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ulangi</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Potong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Tempel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih Semua</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Urungkan</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ulangi</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Potong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Tempel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih Semua</translation></message>
</context>
</TS>
