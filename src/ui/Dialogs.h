#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ChoPhien {

// Every message box of the UI goes through here, so GUI tests can answer them instead of a person
// (a modal dialog would block an offscreen test forever).
class Dialogs final {
public:
    enum class Kind { Information, Warning, Error, Question };
    // Returns true for "yes"/the main action (questions), true otherwise.
    using Handler = std::function<bool(Kind kind, const QString& title, const QString& text)>;

    static void inform(QWidget* parent, const QString& title, const QString& text);
    static void error(QWidget* parent, const QString& title, const QString& text);
    // A question with a named main action (never "OK" for something consequential).
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& actionLabel);

    // Tests install a handler; nullptr restores real dialogs.
    static void setTestHandler(Handler handler);
};

} // namespace ChoPhien
