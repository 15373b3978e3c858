//! The `palimpsest` program: the command line and, later, the desktop app.

fn main() -> std::process::ExitCode {
    palimpsest::cli::main()
}
