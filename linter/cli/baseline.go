package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/config"
)

// DefaultBaselineFile is where `srmlint baseline` writes unless told.
const DefaultBaselineFile = ".srmlint-baseline.json"

func newBaselineCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var fl checkFlags
	var out string
	cmd := &cobra.Command{
		Use:   "baseline [flags] PLAN...",
		Short: "Record today's findings so that only new ones block",
		Long: `Run the check and write every current finding (by rule, address and attribute) to a
baseline file. srmlint check --baseline-file FILE, or baseline_file in .srmlint.hcl, then
suppresses those findings (listed as suppressed, kind "baseline") and blocks only new
ones. Findings of a locked guardrail are never suppressed. Commit the file and shrink it
over time.`,
		Example: `  srmlint baseline --output .srmlint-baseline.json plan.json
  srmlint check --baseline-file .srmlint-baseline.json plan.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			fl.failOnSet, fl.unknownSet = cmd.Flags().Changed("fail-on"), cmd.Flags().Changed("unknown")
			// Record everything, including what an older baseline suppresses.
			fl.ignoreBaseline = true
			return runBaseline(cmd.Context(), fl, out, cmd.Flags().Changed("output"), args, stdin, stdout, stderr)
		},
	}
	addCommonFlags(cmd, &fl)
	cmd.Flags().StringVar(&out, "output", DefaultBaselineFile, "the baseline file to write (default: baseline_file of "+config.FileName+", else "+DefaultBaselineFile+")")
	return cmd
}

func runBaseline(ctx context.Context, fl checkFlags, out string, outSet bool, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	res, cfg, err := runEngine(ctx, fl, args, stdin, stderr)
	if err != nil {
		return err
	}
	if !outSet && cfg != nil && cfg.BaselineFile != "" {
		out = cfg.BaselineFile
	}
	// Suppressed findings are recorded too: a waiver that lapses later must
	// not turn accepted findings into new ones.
	all := append(append([]linter.Finding(nil), res.Findings...), res.Suppressed...)
	tmp, err := stageFile(out, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(linter.NewBaseline("srmlint "+version(), all))
	})
	if err == nil {
		if err = os.Rename(tmp, out); err != nil {
			os.Remove(tmp)
		}
	}
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	fmt.Fprintf(stdout, "Recorded %d findings in %s; srmlint check --baseline-file %s now blocks only new ones.\n", len(all), out, out)
	return nil
}
