package site

import (
	"net"
	"syscall"
)

// setCork turns TCP_CORK on or off: while it is on, the kernel holds what is
// written to the connection until it fills a segment (64 KB on loopback, the
// MTU on a network), the cork comes off, or 200 ms pass, so writes made one
// after the other leave together.
func setCork(conn *net.TCPConn, on bool) error {
	raw, err := conn.SyscallConn()
	if err != nil {
		return err
	}
	value := 0
	if on {
		value = 1
	}
	var setErr error
	if err := raw.Control(func(fd uintptr) {
		setErr = syscall.SetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_CORK, value)
	}); err != nil {
		return err
	}
	return setErr
}
