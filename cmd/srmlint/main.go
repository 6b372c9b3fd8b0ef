// Command srmlint blocks insecure AWS configuration in Terraform plans before
// apply. See `srmlint --help`.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/srmguard/terraform-provider-srm/linter/cli"
)

func main() {
	// srmlint runs next to terraform on CI runners with little memory to
	// spare, and its heap is mostly the plan's model, alive until the end:
	// letting the heap grow by half its live size between collections
	// instead of the default whole keeps peak memory near 2x the plan file
	// for a few percent more CPU (docs/performance.md). GOGC still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
