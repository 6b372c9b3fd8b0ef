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
