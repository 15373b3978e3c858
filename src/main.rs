//! The `palimpsest` program: the command line, and the desktop app when it is built with
//! the `app` feature (the default).

fn main() -> std::process::ExitCode {
    palimpsest::cli::main()
}
