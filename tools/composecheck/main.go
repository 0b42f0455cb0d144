// Command composecheck loads docker-compose.yml the way Docker Compose v2 does (compose-spec's own
// loader: schema validation, interpolation, merge keys, profiles, consistency of references) and
// prints each profile's services, so the file is checked on machines where Docker's engine cannot run.
//
//	go run ./tools/composecheck docker-compose.yml [profile...]
package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: composecheck FILE [profile...]")
		os.Exit(2)
	}
	profileSets := [][]string{{}}
	for _, profile := range os.Args[2:] {
		profileSets = append(profileSets, []string{profile})
	}
	for _, profiles := range profileSets {
		options, err := cli.NewProjectOptions([]string{os.Args[1]}, cli.WithProfiles(profiles), cli.WithOsEnv,
			cli.WithConsistency(true))
		if err != nil {
			fail(err)
		}
		project, err := options.LoadProject(context.Background())
		if err != nil {
			fail(err)
		}
		names := project.ServiceNames()
		sort.Strings(names)
		fmt.Printf("%s: valid; profiles %v: services %s\n", os.Args[1], profiles, strings.Join(names, " "))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "invalid:", err)
	os.Exit(1)
}
