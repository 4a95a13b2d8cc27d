#pragma once

#include <cstddef>
#include <vector>

namespace kaishu::screening {

// Binary logistic regression P(y = 1 | x) = σ(β0 + β·x), fitted by Newton's method (IRLS) on the
// log-likelihood with an L2 penalty λ/2·|β|² (the intercept is not penalised). Features come as a
// row-major matrix of n rows by p columns.
class LogisticRegression
{
public:
    struct Options
    {
        double l2 = 1.0;
        int maxIterations = 100;
        double tolerance = 1e-9; // largest change of a coefficient that counts as converged
    };

    // Fits and returns whether Newton's method converged.
    bool fit(const std::vector<double> &features, std::size_t columns, const std::vector<int> &outcomes,
             const Options &options);
    bool fit(const std::vector<double> &features, std::size_t columns, const std::vector<int> &outcomes)
    {
        return fit(features, columns, outcomes, Options{});
    }

    double probability(const double *row) const;
    double linear(const double *row) const;
    double intercept() const { return m_intercept; }
    const std::vector<double> &weights() const { return m_weights; }
    int iterations() const { return m_iterations; }

private:
    double m_intercept = 0;
    std::vector<double> m_weights;
    int m_iterations = 0;
};

} // namespace kaishu::screening
