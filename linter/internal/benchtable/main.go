// Command benchtable measures srmlint on generated plans of increasing size
// and prints a Markdown table of wall time and peak RSS of the srmlint
// process (`make bench`). With -peers it runs other plan scanners found on
// PATH on the same plans (`make bench-peers`).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/srmguard/terraform-provider-srm/linter/internal/plangen"
)

func main() {
	srmlint := flag.String("srmlint", "bin/srmlint", "the srmlint binary to measure")
	sizes := flag.String("n", "1000,5000,10000,50000", "plan sizes (resource instances)")
	runs := flag.Int("runs", 3, "runs per size (the fastest is reported)")
	peers := flag.Bool("peers", false, "measure other plan scanners on PATH instead (trivy, checkov)")
	root := flag.String("root", ".", "repository root (for the template plans)")
	flag.Parse()
	if err := run(*srmlint, *sizes, *runs, *peers, *root); err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
}

type tool struct {
	name string
	args func(plan string) []string
}

func run(srmlint, sizes string, runs int, peers bool, root string) error {
	paths, err := plangen.Fixtures(root)
	if err != nil {
		return err
	}
	templates, err := plangen.LoadTemplates(paths)
	if err != nil {
		return err
	}
	tools := []tool{{srmlint, func(p string) []string {
		return []string{srmlint, "check", "--no-config", "--format", "json=" + os.DevNull, p}
	}}}
	if peers {
		tools = nil
		if p, err := exec.LookPath("trivy"); err == nil {
			tools = append(tools, tool{"trivy config", func(plan string) []string {
				return []string{p, "config", "--quiet", "--format", "json", "--output", os.DevNull, plan}
			}})
		}
		if p, err := exec.LookPath("checkov"); err == nil {
			tools = append(tools, tool{"checkov", func(plan string) []string {
				return []string{p, "--quiet", "--framework", "terraform_plan", "-o", "json", "-f", plan}
			}})
		}
		if len(tools) == 0 {
			fmt.Println("bench-peers: no other plan scanner (trivy, checkov) on PATH; nothing to compare. Install one and run make bench-peers again.")
			return nil
		}
	}
	dir, err := os.MkdirTemp("", "srm-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	fmt.Printf("Machine: %s/%s, %d CPUs, %s; %d templates from real plans; best of %d runs.\n\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), len(templates), runs)
	fmt.Println("| tool | instances | plan size | wall | peak RSS | RSS / plan size |")
	fmt.Println("|---|---:|---:|---:|---:|---:|")
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("bad size %q", s)
		}
		path := filepath.Join(dir, fmt.Sprintf("plan-%d.json", n))
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		got, err := plangen.Generate(f, templates, n, 1)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		st, _ := os.Stat(path)
		for _, t := range tools {
			best, peak := time.Duration(1<<62), int64(0)
			for i := 0; i < runs; i++ {
				wall, rss, err := measure(t.args(path))
				if err != nil {
					return fmt.Errorf("%s on %d instances: %v", t.name, n, err)
				}
				best, peak = min(best, wall), max(peak, rss)
			}
			fmt.Printf("| %s | %d | %.1f MB | %.3f s | %.1f MB | %.2f |\n", filepath.Base(t.name), got, mb(st.Size()), best.Seconds(), mb(peak), float64(peak)/float64(st.Size()))
		}
	}
	return nil
}

// measure runs a command and returns its wall time and peak RSS in bytes.
// Exit status 1 (findings) is expected; others are errors.
func measure(argv []string) (time.Duration, int64, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 {
		err = nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%v: %s", err, stderr.String())
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if ru == nil {
		return wall, 0, nil
	}
	return wall, ru.Maxrss * 1024, nil // Linux reports KiB
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
