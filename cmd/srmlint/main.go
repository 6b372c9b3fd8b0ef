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
	// spare, and most of its heap (the plan's model, the findings) stays
	// alive to the end: collecting when the heap has grown by half rather
	// than doubled lowers peak memory by 10-15% for a few percent more CPU
	// (docs/performance.md). A GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
