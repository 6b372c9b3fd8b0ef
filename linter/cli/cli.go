// Package cli implements the srmlint command line: subcommands, flags,
// output files and exit codes.
//
// Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage or input
// error (never 0 on an error).
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitBlocking = 1
	ExitError    = 2
)

// now is the clock for waiver expiry; tests replace it.
var now = time.Now

// Version is set at release time with -ldflags "-X .../linter/cli.Version=1.2.3".
var Version = "dev"

func version() string {
	if Version != "dev" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return strings.TrimPrefix(bi.Main.Version, "v")
	}
	return Version
}

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

// Main runs srmlint with args (without the program name) and returns the
// exit code. It never panics: an internal error is reported and yields 2.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(stderr, "srmlint: internal error: %v\n%s\nPlease report this at https://github.com/srmguard/terraform-provider-srm/issues\n", v, debug.Stack())
			code = ExitError
		}
	}()
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.code == ExitError {
			fmt.Fprintln(stderr, "srmlint: "+ee.err.Error())
		}
		return ee.code
	}
	// cobra's own errors: unknown command or flag, wrong argument count
	fmt.Fprintln(stderr, "srmlint: "+err.Error())
	fmt.Fprintln(stderr, "Run 'srmlint --help' for usage.")
	return ExitError
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "srmlint",
		Short: "Block insecure AWS configuration in Terraform plans before apply",
		Long: `srmlint checks Terraform plans (terraform show -json, or binary plan files) and state
for insecure S3, IAM and KMS configuration and missing logging and monitoring controls.
Findings map to AWS Security Hub (FSBP), CIS, NIST 800-53 and ISO 27001 controls and
name who owns them under the AWS Shared Responsibility Model.

Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage or input error.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.AddCommand(newCheckCmd(stdin, stdout, stderr), newBaselineCmd(stdin, stdout, stderr), newPostureCmd(stdin, stdout, stderr), newConfigCmd(stdout), newRulesCmd(stdout), newExplainCmd(stdout), newVersionCmd(stdout))
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: ExitError, err: fmt.Errorf("%v (see 'srmlint %s --help')", err, c.Name())}
	})
	return root
}

func newVersionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprintf(stdout, "srmlint %s\n", version())
			return nil
		},
	}
}

// usageErr is a usage problem (exit 2).
func usageErr(format string, args ...any) error {
	return &exitError{code: ExitError, err: fmt.Errorf(format, args...)}
}

// inputErr wraps load and source errors (exit 2).
func inputErr(err error) error {
	var ie *plan.InputError
	if errors.As(err, &ie) {
		return &exitError{code: ExitError, err: ie}
	}
	var re *linter.RuleError
	if errors.As(err, &re) {
		return &exitError{code: ExitError, err: re}
	}
	return &exitError{code: ExitError, err: err}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
