// glibc functions Swift's Glibc module leaves out (glibc declares them only under _GNU_SOURCE),
// declared here as glibc 2.34+ defines them, and the one piece of process start-up that Swift
// cannot write safely. Used by Documents/Readers/ExternalProgram.swift, InputFile.swift and
// Extraction/Text/Bytes.swift only.
#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

int pipe2(int pipefd[2], int flags);
int mkostemp(char *template_name, int flags);
pid_t vfork(void);
void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);

/// Starts `path` with `argv` and `envp`, its standard streams `in`, `out` and `err`, no other
/// descriptor, and at most `memory` bytes of address space (RLIMIT_AS), so that a converter
/// given a hostile file fails on its own instead of taking the machine's memory (pdftohtml
/// took 23 GB on a fuzzed PDF). posix_spawn has no way to set a limit for the child alone, so
/// this is what it does, plus the limit: vfork, then only system calls in the child (which
/// shares the parent's memory until execve), then _exit if execve fails. Returns 0 and the
/// child's id, or the errno of what failed.
static inline int citegraph_spawn(const char *path, char *const argv[], char *const envp[],
                                  int in, int out, int err, unsigned long long memory, pid_t *pid) {
    volatile int failure = 0;
    pid_t child = vfork();
    if (child < 0) return errno;
    if (child == 0) {
        struct rlimit limit = { memory, memory };
        if (setrlimit(RLIMIT_AS, &limit) != 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) {
            failure = errno;
            _exit(127);
        }
        // Every other descriptor is closed: close_range(3, ~0U, 0) as a system call.
        syscall(SYS_close_range, 3U, ~0U, 0);
        execve(path, argv, envp);
        failure = errno;
        _exit(127);
    }
    *pid = child;
    return failure;
}
