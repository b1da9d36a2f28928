use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use minutebook::cli::{Cli, run};

/// Allocations of a megabyte or more get their own mappings, returned to the system when
/// freed. glibc otherwise raises this threshold after the first large free (up to 32 MiB), so
/// that every later Argon2 work area (19 MiB) and large answer stays in a thread's arena for
/// good: the benchmark's logins alone kept 38 MB that way (BENCHMARKS.md, memory).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_allocations() {
    // SAFETY: mallopt only changes a setting of the allocator, under its own lock.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

#[actix_web::main]
async fn main() -> ExitCode {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    return_large_allocations();
    let cli = Cli::parse();
    let _logs = minutebook::telemetry::init(cli.log_format);
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line with the whole cause chain, no backtrace.
            // `let _`: a closed stderr must not turn a clean error into a panic.
            let _ = writeln!(std::io::stderr(), "minutebook: {e:#}");
            ExitCode::FAILURE
        }
    }
}
