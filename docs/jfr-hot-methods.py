#!/usr/bin/env python3
"""Where the CPU went in a JFR recording, per Flink task thread and per method.

    java -XX:StartFlightRecording=filename=engine.jfr,settings=profile -jar target/doudi.jar bench ...
    python3 docs/jfr-hot-methods.py engine.jfr "household state"

Counts JFR's execution samples (Java) and native-method samples (RocksDB's JNI calls), leaving out
threads that wait (sockets, selectors, parking). Prints samples per thread, then for the threads whose
name contains the second argument: self time (the frame on top) and inclusive time (anywhere on the
stack) of the engine's own, RocksDB's and Flink's serialization methods, as shares of those samples.
"""
import collections
import re
import subprocess
import sys

IDLE = ("accept", "Select", "park", "wait", "sleep", "epoll", "socketRead")
SHOWN = ("gx.doudi", "rocksdb.", "Serializer", "Kryo")


def samples(recording):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample,jdk.NativeMethodSample", recording],
                          capture_output=True, text=True, check=True).stdout
    for event in re.split(r"\njdk\.(?:ExecutionSample|NativeMethodSample)", text):
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        frames = re.findall(r"^\s+([\w.$<>]+)\(.*?line:", event, re.M)
        if thread and frames and not any(word in frames[0] for word in IDLE):
            yield re.sub(r"\s*\(\d+/\d+\).*", "", thread.group(1))[:60], frames


def main(recording, thread_filter=""):
    threads, top, anywhere, n = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for thread, frames in samples(recording):
        threads[thread] += 1
        if thread_filter in thread:
            n += 1
            top[frames[0]] += 1
            anywhere.update(set(frames))
    for thread, count in threads.most_common(10):
        print(f"{count:6d}  {thread}")
    print(f"\nself, of {n} samples in threads matching '{thread_filter}'")
    for method, count in top.most_common(20):
        print(f"{100 * count / max(n, 1):5.1f}%  {method}")
    print("\ninclusive")
    for method, count in anywhere.most_common(400):
        if any(word in method for word in SHOWN):
            print(f"{100 * count / max(n, 1):5.1f}%  {method}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(*sys.argv[1:3])
