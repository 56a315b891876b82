from .cli import main

# Guarded: a worker started by spawn or a fork server imports this module again as
# `__mp_main__`, and must not run the command a second time.
if __name__ == "__main__":
    raise SystemExit(main())
