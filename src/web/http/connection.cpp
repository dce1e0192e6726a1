#include "web/http/connection.hpp"

#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <spdlog/spdlog.h>

#include <array>
#include <iterator>
#include <limits>
#include <string_view>

#include "web/http/spooled_body.hpp"

namespace jamt::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using error_code = beast::error_code;

namespace {

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(asio::ip::tcp::socket socket, std::shared_ptr<ConnectionShared> shared)
      : stream_(std::move(socket)), shared_(std::move(shared)) {
    ++shared_->open;
    error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_addr_ = endpoint.address().to_string();
  }
  ~Connection() { --shared_->open; }

  // Waits for the first byte of the next request.
  void wait_for_request() {
    if (shared_->stopping || served_ >= shared_->limits.max_requests_per_connection) return close();
    if (buffer_.size() > 0) return read_header();  // a pipelined request is already here
    stream_.expires_after(shared_->limits.idle_timeout);
    stream_.async_read_some(buffer_.prepare(4096), [self = shared_from_this()](error_code ec, std::size_t n) {
      if (ec) return self->close();
      self->buffer_.commit(n);
      self->read_header();
    });
  }

 private:
  void read_header() {
    parser_.emplace();
    parser_->header_limit(shared_->limits.header_limit);
    // No limit while the headers are read: the route's is set once known.
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    stream_.expires_after(shared_->limits.header_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = shared_from_this()](error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(error_code ec) {
    if (ec == http::error::header_limit)
      return request_line_too_long() ? refuse_long_target() : refuse_large_headers("request headers too large");
    if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::eof ||
        ec == asio::error::connection_reset || ec == asio::error::operation_aborted)
      return close();
    if (ec) return refuse("", "/", messages::request_failed, "malformed request: " + ec.message());
    auto& head = parser_->get();
    method_ = std::string(head.method_string());
    target_ = std::string(head.target());
    if (target_.size() > shared_->limits.max_target) return refuse_long_target();
    if (std::distance(head.begin(), head.end()) > shared_->limits.max_header_fields)
      return refuse_large_headers("more than " + std::to_string(shared_->limits.max_header_fields) +
                                  " header fields");
    const std::size_t limit = shared_->dispatcher->body_limit(method_, target_);
    limit_ = limit;
    if (parser_->content_length() && *parser_->content_length() > limit) return refuse_too_large();
    parser_->body_limit(limit);
    if (parser_->is_done()) return handle();
    const bool expect_continue = beast::iequals(head[http::field::expect], "100-continue");
    const unsigned version = head.version();
    // `head` belongs to parser_, which to_disk() replaces.
    if (shared_->dispatcher->body_store(method_, target_) == BodyStore::disk) return admit_upload(expect_continue, version);
    start_body(expect_continue, version);
  }

  // Answers "100 Continue" when the client waits for it, then reads the body.
  void start_body(bool expect_continue, unsigned version) {
    if (expect_continue) {
      auto go_on = std::make_shared<http::response<http::empty_body>>(http::status::continue_, version);
      stream_.expires_after(shared_->limits.write_timeout);
      http::async_write(stream_, *go_on, [self = shared_from_this(), go_on](error_code wec, std::size_t) {
        if (wec) return self->close();
        self->read_body();
      });
      return;
    }
    read_body();
  }

  // Before a body is streamed to disk, asks the route on a worker whether
  // the sender may upload at all (Route::admit: signed in, allowed); a
  // refused upload gets its answer and is never stored.
  void admit_upload(bool expect_continue, unsigned version) {
    stream_.expires_never();
    Request head;
    head.method = method_;
    head.remote_addr = remote_addr_;
    for (const auto& field : parser_->get())
      head.headers.emplace(std::string(field.name_string()), std::string(field.value()));
    asio::post(*shared_->workers, [self = shared_from_this(), head = std::move(head), expect_continue, version]() mutable {
      auto refusal = self->shared_->dispatcher->admit(std::move(head), self->target_);
      asio::post(self->stream_.get_executor(), [self, refusal = std::move(refusal), expect_continue, version]() mutable {
        if (refusal) {
          self->lingering_ = true;
          return self->write(std::move(*refusal), false, version);
        }
        if (!self->to_disk()) return;
        self->start_body(expect_continue, version);
      });
    });
  }

  // Switches the parser to one that writes the body to a temporary file as
  // it arrives (Route::body_store); false after refusing the request when
  // the file cannot be made.
  bool to_disk() {
    try {
      spool_ = std::make_shared<SpoolDirectory>();
    } catch (const std::exception& e) {
      spdlog::error("{} {}: {}", method_, target_, e.what());
      refuse(method_, target_, messages::request_failed, "the upload cannot be stored");
      return false;
    }
    file_parser_.emplace(std::move(*parser_));
    parser_.reset();
    file_parser_->body_limit(limit_);
    error_code ec;
    file_parser_->get().body().open((spool_->path() + "/body").c_str(), beast::file_mode::write_new, ec);
    if (ec) {
      spdlog::error("{} {}: cannot write the upload: {}", method_, target_, ec.message());
      file_parser_.reset();
      refuse(method_, target_, messages::request_failed, "the upload cannot be stored");
      return false;
    }
    return true;
  }

  void read_body() {
    stream_.expires_after(shared_->limits.body_stall_timeout);
    if (file_parser_) {
      http::async_read_some(stream_, buffer_, *file_parser_, [self = shared_from_this()](error_code ec, std::size_t) {
        if (ec == http::error::body_limit) return self->refuse_too_large();
        if (ec) return self->close();
        if (self->file_parser_->is_done()) return self->handle();
        self->read_body();
      });
      return;
    }
    http::async_read_some(stream_, buffer_, *parser_, [self = shared_from_this()](error_code ec, std::size_t) {
      if (ec == http::error::body_limit) return self->refuse_too_large();
      if (ec) return self->close();
      if (self->parser_->is_done()) return self->handle();
      self->read_body();
    });
  }

  // Hands the complete request to a worker; the answer comes back to this
  // connection's strand to be written.
  void handle() {
    stream_.expires_never();
    Request req;
    req.remote_addr = remote_addr_;
    bool keep_alive = false;
    unsigned version = 11;
    auto take_head = [&](const auto& message) {
      req.method = std::string(message.method_string());
      for (const auto& field : message)
        req.headers.emplace(std::string(field.name_string()), std::string(field.value()));
      keep_alive = message.keep_alive();
      version = message.version();
    };
    if (file_parser_) {
      auto message = file_parser_->release();
      file_parser_.reset();
      message.body().close();
      take_head(message);
      req.body_path = spool_->path() + "/body";
      req.spool = std::move(spool_);
    } else {
      auto message = parser_->release();
      parser_.reset();
      take_head(message);
      req.body = std::move(message.body());
    }
    asio::post(*shared_->workers, [self = shared_from_this(), req = std::move(req), keep_alive, version]() mutable {
      Response res = self->shared_->dispatcher->handle(std::move(req), self->target_);
      asio::post(self->stream_.get_executor(), [self, res = std::move(res), keep_alive, version]() mutable {
        self->write(std::move(res), keep_alive, version);
      });
    });
  }

  void refuse_too_large() {
    refuse(method_, target_,
           Message{.status = 413,
                   .code = "body_too_large",
                   .sv = i18n::N_("Det du skickade är för stort."),
                   .en = "request body too large"},
           "request body too large: this address accepts at most " + std::to_string(limit_) + " bytes");
  }

  // Whether the request line has not ended within the longest target allowed.
  bool request_line_too_long() const {
    auto data = buffer_.cdata();
    std::string_view seen(static_cast<const char*>(data.data()), data.size());
    auto eol = seen.find("\r\n");
    return eol == std::string_view::npos ? seen.size() > shared_->limits.max_target : eol > shared_->limits.max_target;
  }

  void refuse_long_target() {
    refuse(method_, target_.substr(0, 256),
           Message{.status = 414,
                   .code = "uri_too_long",
                   .sv = i18n::N_("Adressen är för lång."),
                   .en = "request target too long"},
           "request target too long: at most " + std::to_string(shared_->limits.max_target) + " bytes");
  }

  void refuse_large_headers(const std::string& detail_en) {
    refuse(method_, target_.substr(0, 256),
           Message{.status = 431,
                   .code = "headers_too_large",
                   .sv = i18n::N_("Begärans huvuden är för stora."),
                   .en = "request headers too large"},
           detail_en);
  }

  // Answers a request that was not read whole, then closes the connection.
  void refuse(const std::string& method, const std::string& target, const Message& message,
              const std::string& detail_en = {}) {
    stream_.expires_never();
    Response res = shared_->dispatcher->refuse(method, target.empty() ? "/" : target, message, detail_en);
    lingering_ = true;
    write(std::move(res), false, 11);
  }

  // After a refusal the client may still be sending the body: stop writing,
  // then read and drop what arrives for a moment before closing, so the
  // client reads the answer instead of a connection reset (nginx's
  // "lingering close"). Bounded in time, so a refused upload costs little.
  void linger() {
    error_code ignored;
    stream_.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(2));
    drain();
  }

  void drain() {
    stream_.async_read_some(asio::buffer(scratch_), [self = shared_from_this()](error_code ec, std::size_t) {
      if (ec) return self->stream_.close();
      self->drain();
    });
  }

  void write(Response res, bool keep_alive, unsigned version) {
    ++served_;
    keep_alive = keep_alive && !shared_->stopping && served_ < shared_->limits.max_requests_per_connection;
    auto out = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(res.status), version);
    for (const auto& [name, value] : res.headers) out->insert(name, value);
    if (!res.content_type.empty()) out->set(http::field::content_type, res.content_type);
    const bool head = method_ == "HEAD";
    out->body() = head ? std::string{} : std::move(res.body);
    out->content_length(head ? res.body.size() : out->body().size());
    out->keep_alive(keep_alive);
    stream_.expires_after(shared_->limits.write_timeout);
    if (head) {
      // The serializer would write a body of Content-Length bytes; HEAD has none.
      auto sr = std::make_shared<http::response_serializer<http::string_body>>(*out);
      http::async_write_header(stream_, *sr, [self = shared_from_this(), out, sr, keep_alive](error_code ec, std::size_t) {
        self->after_write(ec, keep_alive);
      });
      return;
    }
    http::async_write(stream_, *out, [self = shared_from_this(), out, keep_alive](error_code ec, std::size_t) {
      self->after_write(ec, keep_alive);
    });
  }

  void after_write(error_code ec, bool keep_alive) {
    if (!ec && lingering_) return linger();
    if (ec || !keep_alive) return close();
    method_.clear();
    target_.clear();
    wait_for_request();
  }

  void close() {
    error_code ignored;
    stream_.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  std::shared_ptr<ConnectionShared> shared_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  // Replaces parser_ once the headers are read, for a body kept on disk.
  std::optional<http::request_parser<http::file_body>> file_parser_;
  std::shared_ptr<SpoolDirectory> spool_;
  std::string remote_addr_;
  std::string method_;
  std::string target_;
  std::size_t limit_ = kDefaultMaxBody;
  bool lingering_ = false;
  std::array<char, 16384> scratch_{};
  int served_ = 0;
};

}  // namespace

void serve_connection(asio::ip::tcp::socket socket, std::shared_ptr<ConnectionShared> shared) {
  std::make_shared<Connection>(std::move(socket), std::move(shared))->wait_for_request();
}

}  // namespace jamt::web
