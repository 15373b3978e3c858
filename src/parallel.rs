//! Two pieces of work at once: one on a named thread of its own, the other here.

/// Runs `a` on a thread named `name` while `b` runs on this one, and returns both results.
/// Where no thread can start, `a` runs here after `b`; a panic in `a` is passed on as if
/// it happened here.
pub fn join<A: Send, B>(name: &str, a: impl Fn() -> A + Sync, b: impl FnOnce() -> B) -> (A, B) {
    std::thread::scope(|scope| {
        let job = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn_scoped(scope, &a);
        let second = b();
        let first = match job {
            Ok(job) => job
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => a(),
        };
        (first, second)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_results_come_back() {
        let (a, b) = join("test-join", || 6 * 7, || "here");
        assert_eq!((a, b), (42, "here"));
    }
}
