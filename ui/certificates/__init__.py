"""The Certificates tab (Sertifikat): who qualifies, issuing, layouts, the register."""
