#include "domain/staff_account.hpp"

#include "domain/text.hpp"

#include <algorithm>

namespace tremplin::domain {

bool may_be_named_for_special_categories(Role role)
{
    return role != Role::Director && can(role, Permission::ViewParticipants);
}

bool can(StaffAccount const& account, Permission permission)
{
    if (can(account.role, permission))
        return true;
    // docs/design.md "Least privilege"
    return permission == Permission::ViewSpecialCategories && account.special_categories_granted &&
           may_be_named_for_special_categories(account.role);
}

bool is_valid_username(std::string_view username)
{
    return username.size() >= 3 && username.size() <= 40 && std::ranges::all_of(username, [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
           });
}

std::string normalised_username(std::string_view username)
{
    std::string normalised(trimmed(username));
    std::ranges::transform(normalised, normalised.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return normalised;
}

Result<NewStaffAccount> validate_new_account(NewStaffAccount account)
{
    std::vector<FieldError> problems;
    account.username = normalised_username(account.username);
    if (account.username.empty())
        problems.push_back({"username", "errors.new_username.missing"});
    else if (!is_valid_username(account.username))
        problems.push_back({"username", "errors.username.format"});
    account.display_name = std::string(trimmed(account.display_name));
    if (account.display_name.empty())
        problems.push_back({"display_name", "errors.display_name.missing"});
    else
        refuse_control_characters(problems, "display_name", account.display_name);
    if (!account.role)
        problems.push_back({"role", "errors.role.choose"});
    if (auto checked = check_new_password(account.password); !checked)
        problems.insert(problems.end(), checked.error().fields.begin(), checked.error().fields.end());
    if (!problems.empty())
        return fail(Error::invalid(std::move(problems)));
    return account;
}

Result<void> check_new_password(std::string_view password)
{
    if (password.size() < 8)
        return fail(Error::invalid({{"password", "errors.password.too_short"}}));
    if (password.size() > 1024)
        return fail(Error::invalid({{"password", "errors.password.too_long"}}));
    return {};
}

} // namespace tremplin::domain
