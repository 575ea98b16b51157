// glibc functions Swift's Glibc module leaves out (glibc declares them only under _GNU_SOURCE),
// declared here as glibc 2.34+ defines them. Used by Documents/Readers/ExternalProgram.swift and
// InputFile.swift: descriptors made close-on-exec atomically, and a converter's process started
// with its three standard streams and no other descriptor of citegraph's.
#include <spawn.h>
int pipe2(int pipefd[2], int flags);
int mkostemp(char *template_name, int flags);
int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);
