#pragma once
// Work that must not delay an HTTP answer, run in order on one thread of
// its own. Used where the time an answer takes would tell something it must
// not: "Glömt lösenord" looks the address up and mails the link here, so the
// answer comes as fast for an address without an account as for one with.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace jamt::service {

class BackgroundQueue {
 public:
  // Starts the worker thread.
  BackgroundQueue();
  // Runs every job already posted, then stops the thread.
  ~BackgroundQueue();
  BackgroundQueue(const BackgroundQueue&) = delete;
  BackgroundQueue& operator=(const BackgroundQueue&) = delete;

  // Queues `job`; it runs after every job posted before it. A job reports
  // its own failures (log them): the caller has answered already. An
  // exception escaping a job is logged and the queue goes on. Thread-safe.
  void post(std::function<void()> job);
  // Waits until every job posted so far has run (for tests and shutdown).
  void drain();

 private:
  void run();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::deque<std::function<void()>> jobs_;
  bool running_job_ = false;
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace jamt::service
