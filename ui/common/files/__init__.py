"""Handing files in and out: saving to a checked place (a USB stick first), choosing a
drive, previewing and printing a PDF, choosing a picture, previewing an import."""
