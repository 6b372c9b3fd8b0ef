package cli

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/srmguard/terraform-provider-srm/linter/config"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

func newConfigCmd(stdout io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Work with " + config.FileName,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "validate [FILE...]",
		Short: "Check configuration files (default: the one check would use)",
		Long: `Parse and validate configuration files against the rules srmlint knows: unknown rule
IDs, controls, frameworks and services, bad values and syntax errors are reported with
their file, line and column (exit 2). Expired waivers are reported too (exit 0: they only
stop suppressing).`,
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				p, ok := config.Find(".")
				if !ok {
					return usageErr("no %s in the working directory or its parents", config.FileName)
				}
				args = []string{p}
			}
			for _, p := range args {
				c, err := config.Load(p, rules.All())
				if err != nil {
					return &exitError{code: ExitError, err: fmt.Errorf("configuration error:\n%v", err)}
				}
				g := c.Governance
				fmt.Fprintf(stdout, "%s: valid (%d rules off, %d re-rated, %d guardrails, %d owners, %d waivers)\n",
					p, len(c.Disabled), len(c.Severity), len(g.Guardrails), len(g.Owners), len(g.Waivers))
				for _, w := range g.Waivers {
					if w.Expired(now()) {
						fmt.Fprintf(stdout, "%s: waiver for %s on %s expired on %s\n", w.Source, w.Rule, w.Resource, w.ExpiresOn.Format("2006-01-02"))
					}
				}
			}
			return nil
		},
	})
	return cmd
}
