#include "cli/logging.hpp"

#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

namespace tremplin::cli {

namespace {

class BufferedStandardOutput final : public spdlog::sinks::base_sink<std::mutex> {
  protected:
    void sink_it_(spdlog::details::log_msg const& message) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(message, formatted);
        std::fwrite(formatted.data(), 1, formatted.size(), stdout);
    }

    void flush_() override { std::fflush(stdout); }
};

} // namespace

void log_to_buffered_standard_output()
{
    auto logger = std::make_shared<spdlog::logger>("tremplin", std::make_shared<BufferedStandardOutput>());
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(std::move(logger));
    spdlog::flush_every(std::chrono::seconds(1));
}

} // namespace tremplin::cli
