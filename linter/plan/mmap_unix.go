//go:build unix

package plan

import (
	"os"
	"syscall"
)

// mapFile maps size bytes of f read-only. The pages are the page cache's:
// the input never sits in the Go heap, where it would also count toward
// the garbage collector's growth allowance.
func mapFile(f *os.File, size int64) (data []byte, unmap func(), err error) {
	data, err = syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE)
	if err != nil {
		return nil, nil, err
	}
	return data, func() { syscall.Munmap(data) }, nil
}

// spoolFile returns an empty temporary file for readInput, unlinked at once
// so that nothing is left behind whatever happens to the process.
func spoolFile() (*os.File, error) {
	f, err := os.CreateTemp("", "srmlint-input-*")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name())
	return f, nil
}
