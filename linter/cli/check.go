package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/report"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

type checkFlags struct {
	formats    []string
	failOn     string
	unknown    string
	sourceDir  string
	noColor    bool
	terraform  string
	timeout    time.Duration
	guardrails []string
	baseline   bool
}

func newCheckCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var fl checkFlags
	cmd := &cobra.Command{
		Use:   "check [flags] PLAN...",
		Short: "Check plans or states for insecure configuration",
		Long: `Check one or more inputs: plan JSON (terraform show -json tfplan), a binary plan file
(converted with terraform show -json, or tofu), state JSON (terraform show -json), or -
for standard input.

Findings are located in the .tf files of the plan's directory (or --source DIR).`,
		Example: `  terraform plan -out tfplan && terraform show -json tfplan > plan.json
  srmlint check plan.json
  srmlint check --format json=findings.json --format text tfplan`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd.Context(), fl, args, stdin, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&fl.formats, "format", nil, "output format, repeatable: text or json, optionally =FILE (default text to stdout)")
	f.StringVar(&fl.failOn, "fail-on", "high", "lowest severity that blocks (exit 1): critical, high, medium, low or none")
	f.StringVar(&fl.unknown, "unknown", "warn", "findings that depend on values known only after apply: fail (block), warn (report) or ignore")
	f.StringVar(&fl.sourceDir, "source", "", "directory of the .tf files (default: each plan file's directory)")
	f.BoolVar(&fl.noColor, "no-color", false, "no ANSI colours in text output (colours are used only on a terminal)")
	f.StringVar(&fl.terraform, "terraform", "", "terraform or tofu binary for converting binary plans (default: terraform, then tofu, on PATH)")
	f.DurationVar(&fl.timeout, "timeout", 5*time.Minute, "give up (exit 2) after this long")
	f.StringArrayVar(&fl.guardrails, "guardrails", nil, "plan or state whose srm_guardrail, srm_waiver and srm_control_owner resources apply too (repeatable); it is not linted itself")
	f.BoolVar(&fl.baseline, "baseline", false, "the inputs are the account baseline: report account-level resources they lack (CloudTrail, GuardDuty, Config, Security Hub, ...)")
	return cmd
}

// output is one --format F[=FILE].
type output struct {
	format string
	file   string // "" = stdout
}

var formats = []string{"text", "json"}

func parseOutputs(specs []string) ([]output, error) {
	if len(specs) == 0 {
		return []output{{format: "text"}}, nil
	}
	var outs []output
	stdoutUsed := false
	seenFile := map[string]bool{}
	for _, s := range specs {
		name, file, _ := strings.Cut(s, "=")
		name = strings.ToLower(strings.TrimSpace(name))
		if !contains(formats, name) {
			return nil, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(formats, ", "))
		}
		if file == "" || file == "-" {
			if stdoutUsed {
				return nil, fmt.Errorf("--format %s: only one format can go to standard output; give the others =FILE", name)
			}
			stdoutUsed = true
			file = ""
		} else {
			if seenFile[file] {
				return nil, fmt.Errorf("--format %s=%s: two formats write the same file", name, file)
			}
			seenFile[file] = true
		}
		outs = append(outs, output{format: name, file: file})
	}
	return outs, nil
}

func runCheck(ctx context.Context, fl checkFlags, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	outs, err := parseOutputs(fl.formats)
	if err != nil {
		return usageErr("%v", err)
	}
	failOn, err := linter.ParseSeverity(fl.failOn)
	if err != nil {
		return usageErr("--fail-on: %v", err)
	}
	unknown, err := linter.ParseUnknownPolicy(fl.unknown)
	if err != nil {
		return usageErr("--unknown: %v", err)
	}
	stdinUses := 0
	for _, a := range append(append([]string(nil), args...), fl.guardrails...) {
		if a == "-" {
			stdinUses++
		}
	}
	if stdinUses > 1 {
		return usageErr("standard input (-) can be given only once")
	}
	if fl.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, fl.timeout)
		defer cancel()
	}

	// The check runs in its own goroutine so that --timeout holds even if a
	// rule never returns; the process exits right after either way.
	type outcome struct {
		res *linter.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				done <- outcome{err: fmt.Errorf("internal error: %v", v)}
			}
		}()
		res, err := check(ctx, fl, args, stdin, stderr, failOn, unknown)
		done <- outcome{res, err}
	}()
	var oc outcome
	select {
	case oc = <-done:
	case <-ctx.Done():
		oc = outcome{err: ctx.Err()}
	}
	if oc.err != nil {
		if errors.Is(oc.err, context.DeadlineExceeded) {
			return usageErr("timed out after %s (--timeout); no result", fl.timeout)
		}
		return inputErr(oc.err)
	}
	if err := writeOutputs(outs, oc.res, stdout, fl); err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if oc.res.Blocking() > 0 {
		return &exitError{code: ExitBlocking}
	}
	return nil
}

func check(ctx context.Context, fl checkFlags, args []string, stdin io.Reader, stderr io.Writer, failOn linter.Severity, unknown linter.UnknownPolicy) (*linter.Result, error) {
	notify := func(msg string) { fmt.Fprintln(stderr, "srmlint: "+msg) }
	var inputs []linter.Input
	indexes := map[string]*source.Index{}
	for _, path := range args {
		p, err := plan.LoadFile(ctx, path, stdin, plan.Options{Terraform: fl.terraform, Notify: notify})
		if err != nil {
			return nil, err
		}
		dir := fl.sourceDir
		if dir == "" {
			dir = "."
			if path != "-" {
				dir = filepath.Dir(path)
			}
		}
		ix, ok := indexes[dir]
		if !ok {
			if ix, err = source.Build(dir); err != nil {
				return nil, fmt.Errorf("source %s: %w", dir, err)
			}
			indexes[dir] = ix
		}
		inputs = append(inputs, linter.Input{Plan: p, Source: ix})
	}
	var gov linter.Governance
	for _, path := range fl.guardrails {
		p, err := plan.LoadFile(ctx, path, stdin, plan.Options{Terraform: fl.terraform, Notify: notify})
		if err != nil {
			return nil, err
		}
		g, err := linter.GovernanceFromPlan(p)
		if err != nil {
			return nil, err
		}
		gov.Merge(g)
	}
	all := rules.All()
	settings := linter.DefaultSettings()
	settings.Baseline = fl.baseline
	return linter.Check(ctx, inputs, linter.Options{
		Rules:      all,
		AllRules:   all,
		Settings:   settings,
		FailOn:     failOn,
		Unknown:    unknown,
		Governance: gov,
	})
}

// writeOutputs renders every format first and only then writes the files,
// each atomically (temp file + rename): an error leaves no partial file.
func writeOutputs(outs []output, res *linter.Result, stdout io.Writer, fl checkFlags) error {
	meta := report.Meta{Version: version()}
	rendered := make([][]byte, len(outs))
	for i, o := range outs {
		var buf bytes.Buffer
		var err error
		switch o.format {
		case "text":
			color := o.file == "" && !fl.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(stdout)
			err = report.WriteText(&buf, res, report.TextOptions{Color: color})
		case "json":
			err = report.WriteJSON(&buf, res, meta)
		}
		if err != nil {
			return fmt.Errorf("writing %s: %w", o.format, err)
		}
		rendered[i] = buf.Bytes()
	}
	// Stage every file, then rename them all, so a failure leaves nothing
	// half-written.
	var staged []string
	defer func() {
		for _, t := range staged {
			os.Remove(t)
		}
	}()
	temps := make([]string, len(outs))
	for i, o := range outs {
		if o.file == "" {
			continue
		}
		t, err := stageFile(o.file, rendered[i])
		if err != nil {
			return err
		}
		staged = append(staged, t)
		temps[i] = t
	}
	for i, o := range outs {
		if o.file == "" {
			if _, err := stdout.Write(rendered[i]); err != nil {
				return fmt.Errorf("writing to standard output: %w", err)
			}
			continue
		}
		if err := os.Rename(temps[i], o.file); err != nil {
			return fmt.Errorf("writing %s: %w", o.file, err)
		}
	}
	return nil
}

// stageFile writes data to a temporary file next to path and returns its name.
func stageFile(path string, data []byte) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	return tmp.Name(), nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
