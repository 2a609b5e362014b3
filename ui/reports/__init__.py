"""The Reports tab (Laporan): every report with a preview, saved to a USB stick."""
