"""Frozen entry point of the console program (ikrar-cli.exe; `ikrar-cli` on Linux)."""
import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the roster import starts worker processes
    from ikrar.main import main

    main()
