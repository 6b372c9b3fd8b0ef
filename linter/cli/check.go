package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/config"
	"github.com/srmguard/terraform-provider-srm/linter/plan"
	"github.com/srmguard/terraform-provider-srm/linter/report"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
	"github.com/srmguard/terraform-provider-srm/linter/source"
)

type checkFlags struct {
	formats      []string
	failOn       string
	unknown      string
	sourceDir    string
	noColor      bool
	terraform    string
	timeout      time.Duration
	guardrails   []string
	configPath   string
	noConfig     bool
	baselineFile string
	// ignoreBaseline makes `srmlint baseline` record every finding.
	ignoreBaseline bool
	// accountBaseline marks the inputs as the account baseline workspace.
	accountBaseline bool
	// set when the flag was given (it then wins over the config file)
	failOnSet, unknownSet bool
}

// addCommonFlags defines the flags that check and baseline share.
func addCommonFlags(cmd *cobra.Command, fl *checkFlags) {
	f := cmd.Flags()
	f.StringVar(&fl.unknown, "unknown", "warn", "findings that depend on values known only after apply: fail (block), warn (report) or ignore")
	f.StringVar(&fl.sourceDir, "source", "", "directory of the .tf files, to locate findings and follow local values (default: each plan file's directory)")
	f.BoolVar(&fl.accountBaseline, "account-baseline", false, "the inputs are the account baseline workspace: report account-level resources they lack (CloudTrail, GuardDuty, Config, Security Hub, ...); see also account_baseline in "+config.FileName)
	addPolicyFlags(cmd, fl)
}

// addPolicyFlags defines the flags that decide what blocks and what is
// suppressed, shared by check, baseline and posture.
func addPolicyFlags(cmd *cobra.Command, fl *checkFlags) {
	f := cmd.Flags()
	f.StringVar(&fl.failOn, "fail-on", "high", "lowest severity that blocks (exit 1): critical, high, medium, low or none")
	f.StringVar(&fl.terraform, "terraform", "", "terraform or tofu binary for converting binary plans (default: terraform, then tofu, on PATH)")
	f.DurationVar(&fl.timeout, "timeout", 5*time.Minute, "give up (exit 2) after this long")
	f.StringArrayVar(&fl.guardrails, "guardrails", nil, "plan or state whose srm_guardrail, srm_waiver and srm_control_owner resources apply too (repeatable); it is not linted itself")
	f.StringVar(&fl.configPath, "config", "", "configuration file (default: "+config.FileName+" in the working directory or a parent)")
	f.BoolVar(&fl.noConfig, "no-config", false, "do not read "+config.FileName)
}

func newCheckCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var fl checkFlags
	cmd := &cobra.Command{
		Use:   "check [flags] PLAN...",
		Short: "Check plans or states for insecure configuration",
		Long: `Check one or more inputs: plan JSON (terraform show -json tfplan), a binary plan file
(converted with terraform show -json, or tofu), state JSON (terraform show -json), or -
for standard input.

Findings are located in the .tf files of the plan's directory (or --source DIR).

Formats: ` + strings.Join(formats, ", ") + `. Give --format several times to write several
reports in one run, e.g. --format text --format sarif=srmlint.sarif.`,
		Example: `  terraform plan -out tfplan && terraform show -json tfplan > plan.json
  srmlint check plan.json
  srmlint check --format text --format sarif=srmlint.sarif --format markdown=comment.md tfplan`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			fl.failOnSet, fl.unknownSet = cmd.Flags().Changed("fail-on"), cmd.Flags().Changed("unknown")
			return runCheck(cmd.Context(), fl, args, stdin, stdout, stderr)
		},
	}
	addCommonFlags(cmd, &fl)
	f := cmd.Flags()
	f.StringArrayVar(&fl.formats, "format", nil, "output format, repeatable, optionally =FILE: "+strings.Join(formats, ", ")+" (default text to stdout)")
	f.BoolVar(&fl.noColor, "no-color", false, "no ANSI colours in text output (colours are used only on a terminal)")
	f.StringVar(&fl.baselineFile, "baseline-file", "", "suppress the findings recorded by `srmlint baseline` in this file")
	return cmd
}

// output is one --format F[=FILE].
type output struct {
	format string
	file   string // "" = stdout
}

var formats = []string{"text", "json", "sarif", "junit", "github", "markdown", "gitlab", "compliance", "compliance-json"}

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
		if !slices.Contains(formats, name) {
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
	res, _, err := runEngine(ctx, fl, args, stdin, stderr)
	if err != nil {
		return err
	}
	for _, w := range res.ExpiredWaivers {
		fmt.Fprintf(stderr, "srmlint: warning: %s: waiver for %s on %s (approved by %s) expired on %s; it no longer suppresses anything\n",
			w.Source, w.Rule, w.Resource, w.Approver, w.ExpiresOn.Format(time.DateOnly))
	}
	if err := writeOutputs(outs, res, stdout, stderr, fl); err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if res.Blocking() > 0 {
		return &exitError{code: ExitBlocking}
	}
	return nil
}

// runEngine validates the flags, loads the configuration and the inputs and
// runs the check, within --timeout.
func runEngine(ctx context.Context, fl checkFlags, args []string, stdin io.Reader, stderr io.Writer) (*linter.Result, *config.Config, error) {
	stdinUses := 0
	for _, a := range append(append([]string(nil), args...), fl.guardrails...) {
		if a == "-" {
			stdinUses++
		}
	}
	if stdinUses > 1 {
		return nil, nil, usageErr("standard input (-) can be given only once")
	}
	opt, cfg, err := engineOptions(fl)
	if err != nil {
		return nil, nil, err
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
		res, err := check(ctx, fl, args, stdin, stderr, opt, cfg)
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
			return nil, nil, usageErr("timed out after %s (--timeout); no result", fl.timeout)
		}
		return nil, nil, inputErr(oc.err)
	}
	return oc.res, cfg, nil
}

// engineOptions combines the configuration file (returned, nil when there
// is none) and the flags; flags win.
func engineOptions(fl checkFlags) (linter.Options, *config.Config, error) {
	all := rules.All()
	opt := linter.Options{AllRules: all, Settings: linter.DefaultSettings(), FailOn: linter.SeverityHigh, Unknown: linter.UnknownWarn}
	opt.Settings.Baseline = fl.accountBaseline
	var cfg *config.Config
	path := fl.configPath
	if path == "" && !fl.noConfig {
		path, _ = config.Find(".")
	}
	if path != "" {
		var err error
		if cfg, err = config.Load(path, all); err != nil {
			return opt, nil, &exitError{code: ExitError, err: fmt.Errorf("configuration error:\n%v", err)}
		}
		if cfg.FailOn != nil {
			opt.FailOn = *cfg.FailOn
		}
		if cfg.Unknown != nil {
			opt.Unknown = *cfg.Unknown
		}
		if cfg.ClassificationTag != "" {
			opt.Settings.ClassificationTag = cfg.ClassificationTag
		}
		opt.Severity = cfg.Severity
		opt.Governance = cfg.Governance
	}
	if fl.failOnSet || cfg == nil || cfg.FailOn == nil {
		sev, err := linter.ParseSeverity(fl.failOn)
		if err != nil {
			return opt, cfg, usageErr("--fail-on: %v", err)
		}
		opt.FailOn = sev
	}
	if fl.unknownSet || cfg == nil || cfg.Unknown == nil {
		p, err := linter.ParseUnknownPolicy(fl.unknown)
		if err != nil {
			return opt, cfg, usageErr("--unknown: %v", err)
		}
		opt.Unknown = p
	}
	for _, r := range all {
		if cfg == nil || !cfg.Disabled[r.ID] {
			opt.Rules = append(opt.Rules, r)
		}
	}
	baseline := fl.baselineFile
	if baseline == "" && cfg != nil {
		baseline = cfg.BaselineFile
	}
	if baseline != "" && !fl.ignoreBaseline {
		f, err := os.Open(baseline)
		if err != nil {
			return opt, cfg, usageErr("baseline file: %v", err)
		}
		defer f.Close()
		if opt.Baseline, err = linter.ReadBaseline(f); err != nil {
			return opt, cfg, usageErr("%s: %v", baseline, err)
		}
	}
	return opt, cfg, nil
}

func check(ctx context.Context, fl checkFlags, args []string, stdin io.Reader, stderr io.Writer, opt linter.Options, cfg *config.Config) (*linter.Result, error) {
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
			if len(ix.Files) == 0 && p.Kind == plan.KindPlan {
				notify(fmt.Sprintf("note: no .tf files in %s, so local values and jsonencode policies cannot be followed (some findings may be unknown) and findings have no file:line; pass --source DIR", dir))
			}
		}
		inputs = append(inputs, linter.Input{Plan: p, Source: ix})
		if path != "-" && cfg.IsAccountBaseline(path) {
			opt.Settings.Baseline = true
		}
	}
	if err := addGuardrails(ctx, fl, stdin, notify, &opt.Governance); err != nil {
		return nil, err
	}
	return linter.Check(ctx, inputs, opt)
}

// addGuardrails merges the governance of the --guardrails plans into gov.
func addGuardrails(ctx context.Context, fl checkFlags, stdin io.Reader, notify func(string), gov *linter.Governance) error {
	for _, path := range fl.guardrails {
		p, err := plan.LoadFile(ctx, path, stdin, plan.Options{Terraform: fl.terraform, Notify: notify})
		if err != nil {
			return err
		}
		g, err := linter.GovernanceFromPlan(p)
		if err != nil {
			return err
		}
		gov.Merge(g)
	}
	return nil
}

// writeOutputs streams each report file into a temporary file next to it
// and renames them all only when every one is complete, so an error leaves no
// partial file. Standard output, and targets that are not regular files
// (/dev/null, /dev/stdout, a named pipe), are written directly after the
// files are staged: renaming over them would replace the device.
func writeOutputs(outs []output, res *linter.Result, stdout, stderr io.Writer, fl checkFlags) error {
	meta := report.Meta{Version: version()}
	render := func(w io.Writer, o output) error {
		switch o.format {
		case "text":
			color := o.file == "" && !fl.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(stdout)
			return report.WriteText(w, res, report.TextOptions{Color: color})
		case "json":
			return report.WriteJSON(w, res, meta)
		case "sarif":
			unlocated, err := report.WriteSARIF(w, res, meta)
			if unlocated > 0 {
				fmt.Fprintf(stderr, "srmlint: warning: %d %s could not be located in the .tf source and have no SARIF location; GitHub code scanning does not show them (use --source)\n", unlocated, pluralS(unlocated, "finding"))
			}
			return err
		case "junit":
			return report.WriteJUnit(w, res)
		case "github":
			return report.WriteGitHub(w, res)
		case "markdown":
			return report.WriteMarkdown(w, res, meta)
		case "gitlab":
			return report.WriteGitLab(w, res)
		case "compliance":
			return report.WriteComplianceMarkdown(w, res, meta)
		case "compliance-json":
			return report.WriteComplianceJSON(w, res, meta)
		}
		return fmt.Errorf("unknown format %q", o.format)
	}
	var staged []string
	defer func() {
		for _, t := range staged {
			os.Remove(t)
		}
	}()
	temps := make([]string, len(outs))
	for i, o := range outs {
		if o.file == "" || !regularTarget(o.file) {
			continue
		}
		t, err := stageFile(o.file, func(w io.Writer) error { return render(w, o) })
		if err != nil {
			return err
		}
		staged = append(staged, t)
		temps[i] = t
	}
	for _, o := range outs {
		switch {
		case o.file == "":
			bw := bufio.NewWriter(stdout)
			err := render(bw, o)
			if err == nil {
				err = bw.Flush()
			}
			if err != nil {
				return fmt.Errorf("writing %s to standard output: %w", o.format, err)
			}
		case !regularTarget(o.file):
			if err := writeDirect(o.file, func(w io.Writer) error { return render(w, o) }); err != nil {
				return err
			}
		}
	}
	for i, o := range outs {
		if temps[i] == "" {
			continue
		}
		if err := os.Rename(temps[i], o.file); err != nil {
			return fmt.Errorf("writing %s: %w", o.file, err)
		}
	}
	return nil
}

// regularTarget reports whether path is a regular file or does not exist
// yet: the targets written through a temporary file and a rename.
func regularTarget(path string) bool {
	st, err := os.Stat(path)
	return err != nil || st.Mode().IsRegular()
}

// writeDirect writes to an existing target that is not a regular file.
func writeDirect(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// stageFile writes a temporary file next to path with write and returns its
// name; the caller renames it into place.
func stageFile(path string, write func(io.Writer) error) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	bw := bufio.NewWriter(tmp)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
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

func pluralS(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
