//! The binary's global allocator: mimalloc, with two of its options set
//! when the program is loaded, before the first allocation.
//!
//! mimalloc cuts the instructions spent in `malloc`/`free` (the pipeline
//! allocates many small strings and vectors per article), but with its
//! defaults on Linux it commits its first arena eagerly and keeps freed pages
//! for a second, which more than doubled peak RSS on the corpora. With
//! arena eager commit off and a purge delay of 0, pages are committed when
//! used and given back as soon as they are free.
//!
//! The options must be set before the arena is reserved, and Rust's runtime
//! allocates before `main` runs; so on Linux [`configure`] runs from the
//! `.init_array` section (after mimalloc's own constructor, which has a
//! priority, and before the C `main`). `main` calls it again, which is
//! harmless and covers other platforms.

use std::sync::atomic::{AtomicBool, Ordering};

use libmimalloc_sys::{mi_option_set, mi_option_t};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_arena_eager_commit` in mimalloc.h's `mi_option_t` (the v3
/// sources libmimalloc-sys builds; the crate names only some options).
const ARENA_EAGER_COMMIT: mi_option_t = 4;
/// `mi_option_purge_delay`, in milliseconds (0: purge at once).
const PURGE_DELAY: mi_option_t = 15;

/// Sets the allocator's options.
pub fn configure() {
    // SAFETY: mi_option_set only stores a value in mimalloc's option table;
    // both options are valid indices of that table.
    unsafe {
        mi_option_set(ARENA_EAGER_COMMIT, 0);
        mi_option_set(PURGE_DELAY, 0);
    }
}

/// Set once the load-time hook has run (read by the tests).
static CONFIGURED_AT_LOAD: AtomicBool = AtomicBool::new(false);

extern "C" fn configure_at_load() {
    configure();
    CONFIGURED_AT_LOAD.store(true, Ordering::Relaxed);
}

#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static CONFIGURE_AT_LOAD: extern "C" fn() = configure_at_load;

#[cfg(test)]
mod tests {
    use super::*;

    use libmimalloc_sys::mi_option_get;

    fn option(option: mi_option_t) -> i64 {
        // SAFETY: reading a valid option index.
        i64::from(unsafe { mi_option_get(option) })
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn options_are_set_at_load_before_main() {
        // The hook ran before the test harness started; mimalloc's defaults
        // are 2 and 1000, so a wrong option number would show.
        assert!(CONFIGURED_AT_LOAD.load(Ordering::Relaxed));
        assert_eq!(option(ARENA_EAGER_COMMIT), 0);
        assert_eq!(option(PURGE_DELAY), 0);
    }

    #[test]
    fn configure_turns_eager_commit_off_and_purges_at_once() {
        configure();
        assert_eq!(option(ARENA_EAGER_COMMIT), 0);
        assert_eq!(option(PURGE_DELAY), 0);
    }
}
