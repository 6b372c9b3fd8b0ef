package linter

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/srmguard/terraform-provider-srm/linter/plan"
)

// RuleError is an internal failure of one rule (a panic). A security gate
// must not pass when one of its checks crashed, so the caller treats it as
// an error, never as "no findings".
type RuleError struct {
	RuleID string
	Panic  any
	Stack  []byte
}

func (e *RuleError) Error() string {
	return fmt.Sprintf("internal error in rule %s: %v (please report this with the plan that caused it)", e.RuleID, e.Panic)
}

// Run executes rules against a plan and returns their findings, sorted.
// Rules run concurrently (parallel <= 0 means GOMAXPROCS); the result does
// not depend on the degree of parallelism. A rule that panics makes Run
// return a *RuleError; a cancelled context returns ctx.Err().
func Run(ctx context.Context, p *plan.Plan, rules []*Rule, settings Settings, parallel int) ([]Finding, error) {
	if parallel <= 0 {
		parallel = runtime.GOMAXPROCS(0)
	}
	results := make([][]Finding, len(rules))
	errs := make([]error, len(rules))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(parallel, len(rules)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if ctx.Err() != nil {
					errs[i] = ctx.Err()
					continue
				}
				results[i], errs[i] = runRule(p, rules[i], &settings)
			}
		}()
	}
	for i := range rules {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	n := 0
	for i := range rules {
		if errs[i] != nil {
			return nil, errs[i]
		}
		n += len(results[i])
	}
	out := make([]Finding, 0, n)
	for i := range rules {
		out = append(out, results[i]...)
		results[i] = nil
	}
	// The rules' shared views (parsed policies, buckets with their split
	// resources) are not needed after them; later phases reuse their memory.
	p.DropMemo()
	SortFindings(out)
	return out, nil
}

func runRule(p *plan.Plan, r *Rule, s *Settings) (fs []Finding, err error) {
	defer func() {
		if v := recover(); v != nil {
			fs, err = nil, &RuleError{RuleID: r.ID, Panic: v, Stack: debug.Stack()}
		}
	}()
	pass := &Pass{Plan: p, Rule: r, Settings: s}
	r.Check(pass)
	return pass.findings, nil
}
