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
    const auto n = Eigen::Index(outcomes.size());
    const auto p = Eigen::Index(columns) + 1; // the intercept first
    Eigen::MatrixXd x(n, p);
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        x(i, 0) = 1.0;
        for (Eigen::Index j = 1; j < p; ++j)
            x(i, j) = features[std::size_t(i) * columns + std::size_t(j - 1)];
        y(i) = outcomes[std::size_t(i)] != 0 ? 1.0 : 0.0;
    }
    Eigen::VectorXd penalty = Eigen::VectorXd::Constant(p, options.l2);
    penalty(0) = 0;
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(p);
    bool converged = false;
    m_iterations = 0;
    while (m_iterations < options.maxIterations && !converged) {
        ++m_iterations;
        const Eigen::VectorXd eta = x * beta;
        Eigen::VectorXd mu(n);
        Eigen::VectorXd w(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            mu(i) = sigmoid(eta(i));
            w(i) = std::max(mu(i) * (1.0 - mu(i)), 1e-12);
        }
        const Eigen::VectorXd gradient = x.transpose() * (y - mu) - penalty.cwiseProduct(beta);
        Eigen::MatrixXd hessian = x.transpose() * w.asDiagonal() * x;
        hessian.diagonal() += penalty;
        const Eigen::VectorXd step = hessian.ldlt().solve(gradient);
        beta += step;
        converged = step.cwiseAbs().maxCoeff() < options.tolerance;
    }
    m_intercept = beta(0);
    m_weights.assign(beta.data() + 1, beta.data() + p);
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
