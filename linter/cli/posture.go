package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/srmguard/terraform-provider-srm/linter/awsapi"
	"github.com/srmguard/terraform-provider-srm/linter/posture"
)

type postureFlags struct {
	checkFlags
	region  string
	profile string
}

func newPostureCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
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
allows every call. AWS_ENDPOINT_URL points all calls at another endpoint.

The configuration file (disabled rules, severities, fail_on, unknown), --guardrails
(owners, guardrails and waivers; findings about the account have the address "account")
and --baseline-file apply as they do to check.`,
		Example: `  AWS_PROFILE=audit srmlint posture --region eu-west-1
  srmlint posture --format json=posture.json --unknown fail --guardrails governance.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fl.failOnSet, fl.unknownSet = cmd.Flags().Changed("fail-on"), cmd.Flags().Changed("unknown")
			return runPosture(cmd.Context(), fl, stdin, stdout, stderr)
		},
	}
	addPolicyFlags(cmd, &fl.checkFlags)
	f := cmd.Flags()
	f.StringArrayVar(&fl.formats, "format", nil, "output format, repeatable, optionally =FILE: "+strings.Join(formats, ", ")+" (default text to stdout)")
	f.StringVar(&fl.unknown, "unknown", "warn", "settings that could not be read: fail (block), warn (report) or ignore")
	f.StringVar(&fl.baselineFile, "baseline-file", "", "suppress the findings recorded by `srmlint baseline` in this file")
	f.StringVar(&fl.region, "region", "", "AWS region (default: AWS_REGION or the profile's region)")
	f.StringVar(&fl.profile, "profile", "", "AWS shared config profile (default: AWS_PROFILE or default)")
	f.BoolVar(&fl.noColor, "no-color", false, "no ANSI colours in text output (colours are used only on a terminal)")
	return cmd
}

func runPosture(ctx context.Context, fl postureFlags, stdin io.Reader, stdout, stderr io.Writer) error {
	outs, err := parseOutputs(fl.formats)
	if err != nil {
		return usageErr("%v", err)
	}
	opt, _, err := engineOptions(fl.checkFlags)
	if err != nil {
		return err
	}
	if fl.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, fl.timeout)
		defer cancel()
	}
	notify := func(msg string) { fmt.Fprintln(stderr, "srmlint: "+msg) }
	if err := addGuardrails(ctx, fl.checkFlags, stdin, notify, &opt.Governance); err != nil {
		return inputErr(err)
	}
	acct, err := awsapi.Read(ctx, awsapi.Options{Region: fl.region, Profile: fl.profile})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return usageErr("timed out after %s (--timeout); no result", fl.timeout)
		}
		return usageErr("%v", err)
	}
	res, err := posture.Check(ctx, acct, opt)
	if err != nil {
		return inputErr(err)
	}
	if err := writeOutputs(outs, res, stdout, stderr, fl.checkFlags); err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if res.Blocking() > 0 {
		return &exitError{code: ExitBlocking}
	}
	return nil
}
