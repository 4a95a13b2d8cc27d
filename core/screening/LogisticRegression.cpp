#include "LogisticRegression.h"

#include <Eigen/Dense>

#include <cmath>

namespace kaishu::screening {

namespace {

double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

} // namespace

bool LogisticRegression::fit(const std::vector<double> &features, std::size_t columns,
                             const std::vector<int> &outcomes, const Options &options)
{
    // The features are read where they lie (no copy with an intercept column): the intercept is
    // handled apart, and XᵀWX is summed over blocks of rows, so a million rows need no second
    // matrix of their size.
    using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const auto n = Eigen::Index(outcomes.size());
    const auto p = Eigen::Index(columns);
    const Eigen::Map<const RowMatrix> x(features.data(), n, p);
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i)
        y(i) = outcomes[std::size_t(i)] != 0 ? 1.0 : 0.0;
    constexpr Eigen::Index Block = 4096;
    double intercept = 0;
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(p);
    bool converged = false;
    m_iterations = 0;
    while (m_iterations < options.maxIterations && !converged) {
        ++m_iterations;
        Eigen::VectorXd residual(n);
        Eigen::VectorXd w(n);
        const Eigen::VectorXd eta = x * beta;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double mu = sigmoid(eta(i) + intercept);
            residual(i) = y(i) - mu;
            w(i) = std::max(mu * (1.0 - mu), 1e-12);
        }
        // Gradient and Hessian of the penalised log-likelihood over (intercept, β).
        Eigen::VectorXd gradient(p + 1);
        gradient(0) = residual.sum();
        gradient.tail(p) = x.transpose() * residual - options.l2 * beta;
        Eigen::MatrixXd hessian = Eigen::MatrixXd::Zero(p + 1, p + 1);
        hessian(0, 0) = w.sum();
        const Eigen::VectorXd xw = x.transpose() * w;
        hessian.block(1, 0, p, 1) = xw;
        hessian.block(0, 1, 1, p) = xw.transpose();
        for (Eigen::Index start = 0; start < n; start += Block) {
            const Eigen::Index rows = std::min(Block, n - start);
            const auto block = x.middleRows(start, rows);
            hessian.bottomRightCorner(p, p).noalias() +=
                block.transpose() * w.segment(start, rows).asDiagonal() * block;
        }
        hessian.bottomRightCorner(p, p).diagonal().array() += options.l2;
        const Eigen::VectorXd step = hessian.ldlt().solve(gradient);
        intercept += step(0);
        beta += step.tail(p);
        converged = step.cwiseAbs().maxCoeff() < options.tolerance;
    }
    m_intercept = intercept;
    m_weights.assign(beta.data(), beta.data() + p);
    return converged;
}

double LogisticRegression::linear(const double *row) const
{
    double z = m_intercept;
    for (std::size_t j = 0; j < m_weights.size(); ++j)
        z += m_weights[j] * row[j];
    return z;
}

double LogisticRegression::probability(const double *row) const
{
    return sigmoid(linear(row));
}

} // namespace kaishu::screening
