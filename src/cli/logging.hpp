#pragma once

namespace tremplin::cli {

// Log lines go to standard output through the C library's buffer: a busy server writes them
// in batches (flushed every second, and at once for warnings and errors) instead of making a
// system call per request.
void log_to_buffered_standard_output();

} // namespace tremplin::cli
