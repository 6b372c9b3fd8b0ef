package cli

import (
	"context"
	"errors"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/awsapi"
	"github.com/srmguard/terraform-provider-srm/linter/posture"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

type postureFlags struct {
	formats []string
	failOn  string
	unknown string
	region  string
	profile string
	noColor bool
	timeout time.Duration
}

func newPostureCmd(stdout io.Writer) *cobra.Command {
	var fl postureFlags
	cmd := &cobra.Command{
		Use:   "posture [flags]",
		Short: "Check the live account-level settings of an AWS account and region",
		Long: `Read the account-level security settings of the AWS account and region of the default
credential chain (AWS_PROFILE, AWS_ACCESS_KEY_ID, SSO, instance roles; AWS_REGION or the
profile's region): S3 account Block Public Access, EBS encryption by default, the IAM
password policy, CloudTrail trails and their status, GuardDuty detectors, AWS Config
recorders and their status, Security Hub and IAM Access Analyzer analyzers.

They are checked with the same rules as the account baseline of a plan (check --account-baseline),
so findings, controls, formats and exit codes are those of check. A setting that cannot be
read (access denied, throttling) is reported as "could not verify", an unknown finding
that blocks only with --unknown=fail. Read-only: the AWS managed policy SecurityAudit
allows every call. AWS_ENDPOINT_URL points all calls at another endpoint.`,
		Example: `  AWS_PROFILE=audit srmlint posture --region eu-west-1
  srmlint posture --format json=posture.json --unknown fail`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runPosture(cmd.Context(), fl, stdout)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&fl.formats, "format", nil, "output format, repeatable: text or json, optionally =FILE (default text to stdout)")
	f.StringVar(&fl.failOn, "fail-on", "high", "lowest severity that blocks (exit 1): critical, high, medium, low or none")
	f.StringVar(&fl.unknown, "unknown", "warn", "settings that could not be read: fail (block), warn (report) or ignore")
	f.StringVar(&fl.region, "region", "", "AWS region (default: AWS_REGION or the profile's region)")
	f.StringVar(&fl.profile, "profile", "", "AWS shared config profile (default: AWS_PROFILE or default)")
	f.BoolVar(&fl.noColor, "no-color", false, "no ANSI colours in text output (colours are used only on a terminal)")
	f.DurationVar(&fl.timeout, "timeout", 5*time.Minute, "give up (exit 2) after this long")
	return cmd
}

func runPosture(ctx context.Context, fl postureFlags, stdout io.Writer) error {
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
	if fl.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, fl.timeout)
		defer cancel()
	}
	acct, err := awsapi.Read(ctx, awsapi.Options{Region: fl.region, Profile: fl.profile})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return usageErr("timed out after %s (--timeout); no result", fl.timeout)
		}
		return usageErr("%v", err)
	}
	res, err := posture.Check(ctx, acct, linter.Options{
		AllRules: rules.All(),
		Settings: linter.DefaultSettings(),
		FailOn:   failOn,
		Unknown:  unknown,
	})
	if err != nil {
		return inputErr(err)
	}
	if err := writeOutputs(outs, res, stdout, io.Discard, checkFlags{noColor: fl.noColor}); err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if res.Blocking() > 0 {
		return &exitError{code: ExitBlocking}
	}
	return nil
}
