package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/peyvand/peyvand"
)

// presentError maps an error a resolver returned to what the client sees:
// a domain error keeps its message and gives its code as extensions.code;
// any other error is logged and shown only as an internal error, so no
// detail of the store leaks.
func presentError(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && gqlErr.Err == nil {
			// Raised by gqlgen itself (argument coercion, validation): its
			// message speaks of the query, never of internals.
			if gqlErr.Extensions == nil || gqlErr.Extensions["code"] == nil {
				gqlErr.Extensions = mergeCode(gqlErr.Extensions, peyvand.EINVALID)
			}
			return gqlErr
		}
		out := gqlerror.WrapPath(graphql.GetPath(ctx), err)
		code := peyvand.ErrorCode(err)
		switch {
		case code != peyvand.EINTERNAL:
			out.Message = peyvand.ErrorMessage(err)
		case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
			code = peyvand.EUNAVAILABLE
			out.Message = "the request was cancelled or timed out"
		default:
			logger.ErrorContext(ctx, "resolver failed", "path", graphql.GetPath(ctx).String(), "err", err)
			out.Message = peyvand.ErrorMessage(err)
		}
		out.Extensions = mergeCode(out.Extensions, code)
		return out
	}
}

func mergeCode(ext map[string]any, code string) map[string]any {
	if ext == nil {
		ext = make(map[string]any, 1)
	}
	ext["code"] = code
	return ext
}

// recoverPanic turns a panic in a resolver into an internal error after
// logging it with its stack.
func recoverPanic(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		logger.ErrorContext(ctx, "resolver panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return peyvand.Errorf(peyvand.EINTERNAL, "internal error")
	}
}
