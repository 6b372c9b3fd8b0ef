// Command srmlint blocks insecure AWS configuration in Terraform plans before
// apply. See `srmlint --help`.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/srmguard/terraform-provider-srm/linter/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
