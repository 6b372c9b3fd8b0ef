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
