"""Reading mail and files in reader processes with limits (`pool`)."""
