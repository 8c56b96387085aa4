/// Asks the CPU to start loading the cache line at `address` without waiting for it, so that many
/// independent misses can be in flight at once. Swift has no prefetch of its own; this binds LLVM's
/// prefetch intrinsic (read, keep in all cache levels, data cache).
@inline(__always) func prefetch(_ address: UnsafeRawPointer) {
    llvmPrefetch(address, 0, 3, 1)
}

@_silgen_name("llvm.prefetch.p0")
private func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ dataCache: Int32)
