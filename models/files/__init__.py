"""Files the office hands SiBina or takes away: checked pictures and scans kept in the
database, where a database may live, and the verified copy onto a USB stick."""
