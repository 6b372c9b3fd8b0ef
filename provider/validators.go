package provider

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/srmguard/terraform-provider-srm/linter"
	"github.com/srmguard/terraform-provider-srm/linter/catalog"
	"github.com/srmguard/terraform-provider-srm/linter/rules"
)

// stringCheck is a validator.String built from a check function, in the
// shape of the tls provider's custom validators: null and unknown values
// pass (they are checked when known), problems are attribute errors.
type stringCheck struct {
	desc    string
	summary string
	check   func(string) error
}

var _ validator.String = stringCheck{}

func (v stringCheck) Description(ctx context.Context) string { return v.MarkdownDescription(ctx) }

func (v stringCheck) MarkdownDescription(context.Context) string { return v.desc }

func (v stringCheck) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if err := v.check(req.ConfigValue.ValueString()); err != nil {
		resp.Diagnostics.AddAttributeError(req.Path, v.summary, err.Error())
	}
}

// ruleID accepts the ID of an srmlint rule.
func ruleID() validator.String {
	return stringCheck{desc: "must be an srmlint rule ID", summary: "Unknown Rule", check: checkRuleID}
}

func checkRuleID(id string) error {
	if _, ok := rules.Lookup(id); ok {
		return nil
	}
	return fmt.Errorf("%q is not an srmlint rule (see `srmlint rules` or data.srm_controls)%s", id, suggest(id, ruleIDs()))
}

func ruleIDs() []string { return linter.RuleIDs(rules.All()) }

// controlID accepts a Security Hub control ID ("S3.8") or a
// framework-qualified control ("cis_v3.0.0:2.1.4") that some control or rule maps to.
func controlID() validator.String {
	return stringCheck{desc: "must be a known control ID", summary: "Unknown Control", check: func(c string) error {
		g := linter.Guardrail{Name: "check", Controls: []string{c}}
		if _, err := g.Select(rules.All()); err != nil {
			var ids []string
			for _, ctl := range catalog.Controls() {
				ids = append(ids, ctl.ID)
			}
			return fmt.Errorf("%q is not a known control: use a Security Hub control ID such as \"S3.8\", or framework:id such as \"cis_v3.0.0:2.1.4\"%s", c, suggest(c, ids))
		}
		return nil
	}}
}

// date accepts YYYY-MM-DD.
func date() validator.String {
	return stringCheck{desc: "must be a date in the form YYYY-MM-DD", summary: "Invalid Date", check: func(s string) error {
		_, err := linter.ParseDate(s)
		return err
	}}
}

// httpURL accepts an absolute http or https URL.
func httpURL() validator.String {
	return stringCheck{desc: "must be an http or https URL", summary: "Invalid URL", check: func(s string) error {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return fmt.Errorf("%q is not an absolute http(s) URL", s)
		}
		return nil
	}}
}

// suggest returns "; did you mean ..." for the closest candidates, or "".
func suggest(s string, candidates []string) string {
	names := linter.Suggest(s, candidates)
	if len(names) == 0 {
		return ""
	}
	for i, n := range names {
		names[i] = fmt.Sprintf("%q", n)
	}
	return "; did you mean " + strings.Join(names, " or ")
}
