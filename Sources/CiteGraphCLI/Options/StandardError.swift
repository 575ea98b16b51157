#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Writes diagnostics to standard error, and never fails: a full disk (`2>/dev/full`), a
/// closed descriptor (`2>&-`) or a pipe whose reader is gone loses the message, not the run.
/// (Foundation's `FileHandle.write(_:)` traps on any of these.)
enum StandardError {
    /// One message at a time, so lines from different threads never interleave.
    private static let lock = Mutex(())

    static func write(_ text: String) {
        lock.withLock { _ in
            withSIGPIPEBlocked {
                var bytes = Array(text.utf8)[...]
                while !bytes.isEmpty {
                    let written = bytes.withUnsafeBytes { systemWrite(STDERR_FILENO, $0.baseAddress, $0.count) }
                    if written > 0 {
                        bytes = bytes.dropFirst(written)
                    } else if written < 0 && errno == EINTR {
                        continue
                    } else {
                        return
                    }
                }
            }
        }
    }

    /// Runs `body` with SIGPIPE blocked on this thread, then discards a SIGPIPE that `body`
    /// raised, so that writing to a closed pipe fails with EPIPE instead of ending the process.
    /// A SIGPIPE that was already pending (standard output's) is left alone.
    private static func withSIGPIPEBlocked(_ body: () -> Void) {
        var pipeOnly = sigset_t()
        sigemptyset(&pipeOnly)
        sigaddset(&pipeOnly, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeOnly, &previous)
        var pending = sigset_t()
        sigpending(&pending)
        let wasPending = sigismember(&pending, SIGPIPE) == 1
        body()
        if !wasPending {
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var caught: Int32 = 0
                sigwait(&pipeOnly, &caught)
            }
        }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }

}

/// Descriptors 0, 1 and 2 are always open while citegraph runs. Started with one closed
/// (`2>&-`), the next file opened would take its number, and diagnostics meant for standard
/// error would be written into that file; /dev/null fills the gap instead.
enum StandardDescriptors {
    static func keepOpen() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            // open() returns the lowest free descriptor: the one that was closed.
            let opened = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened != fd && opened >= 0 { close(opened) }
        }
    }
}
