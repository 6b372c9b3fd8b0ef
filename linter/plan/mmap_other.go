//go:build !unix

package plan

import (
	"errors"
	"os"
)

// mapFile is not available here; LoadFile reads the file instead.
func mapFile(*os.File, int64) ([]byte, func(), error) {
	return nil, nil, errors.ErrUnsupported
}

// spoolFile is not used here: files cannot be mapped (and an open file
// cannot be unlinked on Windows); readInput reads into memory.
func spoolFile() (*os.File, error) {
	return nil, errors.ErrUnsupported
}
