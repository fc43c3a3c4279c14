package explore

// SetMaxFrontier lets tests shrink the frontier bound; it returns a function
// that restores it.
func SetMaxFrontier(n int) (restore func()) {
	old := maxFrontier
	maxFrontier = n
	return func() { maxFrontier = old }
}
