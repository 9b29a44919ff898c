//go:build !linux

package site

import (
	"errors"
	"net"
)

// setCork has no TCP_CORK to set outside Linux (BSD's TCP_NOPUSH behaves
// differently on release); responses then leave in as many segments as writes.
func setCork(*net.TCPConn, bool) error {
	return errors.ErrUnsupported
}
