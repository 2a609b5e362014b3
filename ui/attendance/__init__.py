"""The Attendance tab (Kehadiran): the grid, check-in, sign-in sheets and name tags."""
