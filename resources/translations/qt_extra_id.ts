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
<context>
    <name>argparse</name>
    <message><source>usage: </source><translation>penggunaan: </translation></message>
    <message><source>argument %(argument_name)s: %(message)s</source><translation>argumen %(argument_name)s: %(message)s</translation></message>
    <message><source>positional arguments</source><translation>argumen posisi</translation></message>
    <message><source>options</source><translation>opsi</translation></message>
    <message><source>show this help message and exit</source><translation>tampilkan bantuan ini lalu keluar</translation></message>
    <message><source>unrecognized arguments: %s</source><translation>argumen tidak dikenal: %s</translation></message>
    <message><source>the following arguments are required: %s</source><translation>argumen berikut wajib diisi: %s</translation></message>
    <message><source>expected one argument</source><translation>diperlukan satu argumen</translation></message>
    <message><source>invalid choice: %(value)r (choose from %(choices)s)</source><translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation></message>
    <message><source>%(prog)s: error: %(message)s
</source><translation>%(prog)s: galat: %(message)s
</translation></message>
    <message><source>invalid %(type)s value: %(value)r</source><translation>nilai %(type)s tidak sah: %(value)r</translation></message>
    <message><source>ambiguous option: %(option)s could match %(matches)s</source><translation>opsi ambigu: %(option)s bisa berarti %(matches)s</translation></message>
</context>
</TS>
