package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/report"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

func newRulesCmd(stdout io.Writer) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List every rule with its severity and controls",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			switch format {
			case "text":
				return writeRulesText(stdout, rules.All())
			case "json":
				return writeRulesJSON(stdout, rules.All())
			}
			return usageErr("--format: unknown format %q (want text or json)", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	return cmd
}

func writeRulesText(w io.Writer, all []*linter.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tSERVICE\tCONTROLS\tTITLE")
	for _, r := range all {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Service, controlsSummary(r), r.Title)
	}
	return tw.Flush()
}

// controlsSummary renders "S3.8; CIS 2.1.4 (v3.0.0)" style text.
func controlsSummary(r *linter.Rule) string {
	m := r.Mappings()
	var parts []string
	if ids := m[catalog.FrameworkSecurityHub]; len(ids) > 0 {
		parts = append(parts, strings.Join(ids, ","))
	}
	if ids := m[catalog.FrameworkCIS30]; len(ids) > 0 {
		parts = append(parts, "CIS3.0 "+strings.Join(ids, ","))
	}
	if len(parts) == 0 {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			parts = append(parts, k+" "+strings.Join(m[k], ","))
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "; ")
}

type ruleJSON struct {
	ID             string              `json:"id"`
	Title          string              `json:"title"`
	Severity       string              `json:"severity"`
	Service        string              `json:"service"`
	ControlArea    string              `json:"control_area"`
	Responsibility string              `json:"responsibility"`
	Controls       map[string][]string `json:"controls"`
	HelpURI        string              `json:"help_uri"`
}

func writeRulesJSON(w io.Writer, all []*linter.Rule) error {
	out := make([]ruleJSON, 0, len(all))
	for _, r := range all {
		out = append(out, ruleJSON{
			ID: r.ID, Title: r.Title, Severity: r.Severity.String(), Service: r.Service,
			ControlArea: r.Area, Responsibility: r.Responsibility(), Controls: r.Mappings(),
			HelpURI: report.HelpURI(r.ID, version()),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func newExplainCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE_ID",
		Short: "Explain a rule: what it checks, why, its controls and how to fix",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			r, ok := rules.Lookup(args[0])
			if !ok {
				return usageErr("unknown rule %q (see 'srmlint rules')", args[0])
			}
			return writeExplain(stdout, r)
		},
	}
}

func writeExplain(w io.Writer, r *linter.Rule) error {
	fmt.Fprintf(w, "%s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(w, "Severity: %s\nService: %s\nControl area: %s (responsibility: %s)\n", r.Severity, r.Service, r.Area, r.Responsibility())
	m := r.Mappings()
	if len(m) > 0 {
		fmt.Fprintln(w, "Controls:")
		for _, k := range catalog.Frameworks {
			if ids := m[k]; len(ids) > 0 {
				fmt.Fprintf(w, "  %-16s %s\n", k, strings.Join(ids, ", "))
			}
		}
	}
	fmt.Fprintf(w, "\n%s\n\nRemediation:\n\n%s\n", r.Explanation, r.Remediation)
	if len(r.Links) > 0 {
		fmt.Fprintln(w, "\nReferences:")
		for _, l := range r.Links {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
	return nil
}
